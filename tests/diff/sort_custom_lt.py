# sort: sorting objects with __lt__ only, keys returning tuples, and sorting mixed numeric types
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, text):
        self.rank = Card.ranks.index(text[0])
        self.suit = text[1]
        self.text = text
    def __lt__(self, other):
        return (self.rank, self.suit) < (other.rank, other.suit)
    def __repr__(self):
        return self.text
hand = [Card(t) for t in ["Kh", "2c", "Ah", "Td", "2s", "9h", "Kc"]]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(min(hand), max(hand))
hand.sort(key=lambda c: c.suit)
print(hand)
print(sorted([3, 1.5, True, -2, 0.0, 10 ** 20, -1e30]))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: (-t[0], t[1])))
versions = ["1.10.0", "1.2.10", "1.2.9", "0.99", "1.2"]
print(sorted(versions), sorted(versions, key=lambda v: [int(p) for p in v.split(".")]))
