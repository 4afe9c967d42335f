// A Map that holds at most `limit` entries, for the caches kept in a long-running server
// (decrypted cookies, compiled statements, reads kept while nothing changes). Setting a key
// when full drops the entry set longest ago; setting a key again moves it to the newest
// place, so a cache that sets on every use drops the least recently used first.
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    this.delete(key);
    if (this.size >= this.limit) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}
