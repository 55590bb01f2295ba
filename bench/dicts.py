# bench: dict/list-heavy word counting with str and int keys; prints only sorted counts
import sys


def words_stream(n, seed):
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qua", "ri"]
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = 1 + seed % 3
        w = ""
        s = seed
        for _ in range(k):
            w += syllables[s % len(syllables)]
            s //= len(syllables)
        out.append(w)
    return out, seed


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    seed = 42
    grand = {}
    int_counts = {}
    pair_counts = {}
    for rep in range(n):
        words, seed = words_stream(20000, seed)
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        for w, c in counts.items():
            grand[w] = grand.get(w, 0) + c
        for i in range(len(words) - 1):
            key = (len(words[i]) * 10 + len(words[i + 1])) * 1000 + i % 97
            int_counts[key] = int_counts.get(key, 0) + 1
        for a, b in zip(words, words[1:]):
            if a[0] == b[0]:
                k = a + ">" + b
                pair_counts[k] = pair_counts.get(k, 0) + 1
        stale = [k for k in int_counts if int_counts[k] < rep]
        for k in stale[: len(stale) // 2]:
            del int_counts[k]
    by_count = sorted(grand.values(), reverse=True)
    print("distinct words", len(grand), "total", sum(by_count))
    print("top counts", by_count[:10])
    print("int keys", len(int_counts), "sum", sum(int_counts.values()))
    print("pair keys", len(pair_counts), "max pair", max(pair_counts.values()))
    hist = {}
    for c in grand.values():
        hist[c // 100] = hist.get(c // 100, 0) + 1
    print("histogram", sorted(hist.items())[:12])


main()
