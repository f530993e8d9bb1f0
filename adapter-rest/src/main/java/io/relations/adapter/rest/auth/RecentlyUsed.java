package io.relations.adapter.rest.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A map that keeps at most a given number of entries, dropping the least recently used one to
 * make room (an LRU cache), safe to share between request threads.
 */
final class RecentlyUsed<K, V> {

    private final Map<K, V> entries;

    RecentlyUsed(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value, now the most recently used; null when absent. */
    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized void remove(K key) {
        entries.remove(key);
    }

    /** Removes every entry whose value matches; a walk over all entries, for rare events. */
    synchronized void removeValues(Predicate<? super V> matching) {
        entries.values().removeIf(matching);
    }

    /** How many entries it holds now, never more than its capacity. */
    synchronized int size() {
        return entries.size();
    }
}
