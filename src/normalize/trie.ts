// Longest-match word lookup over folded char codes, one Map step per char.
//   trie of ['人', '人次'] on '2人次以上' at 1 → end 3, value of '人次'
import { fold } from './chars.js';

interface Node<T> {
  next: Map<number, Node<T>> | undefined;
  value: T | undefined;
}

export class Trie<T> {
  private readonly root: Node<T> = { next: undefined, value: undefined };
  /** Chars that start a word: most chars of a cell start none, and are rejected here. */
  private readonly first = new Uint8Array(0x10000);
  /** The value of the last successful match. */
  value: T | undefined = undefined;

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) this.add(word, value);
  }

  private add(word: string, value: T): void {
    let node = this.root;
    if (word.length > 0) this.first[fold(word.charCodeAt(0))] = 1;
    for (let i = 0; i < word.length; i++) {
      const c = fold(word.charCodeAt(i));
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) {
        child = { next: undefined, value: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    // first entry wins, so a table can list the preferred reading first
    node.value ??= value;
  }

  /** End of the longest word starting at i (and sets `value`), or -1. */
  match(s: string, i: number, n: number): number {
    if (i >= n || this.first[s.charCodeAt(i)] === 0) return -1;
    let node: Node<T> | undefined = this.root;
    let end = -1;
    for (let j = i; j < n && node.next; j++) {
      node = node.next.get(s.charCodeAt(j));
      if (!node) break;
      if (node.value !== undefined) {
        end = j + 1;
        this.value = node.value;
      }
    }
    return end;
  }
}
