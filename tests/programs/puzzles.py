# program: puzzle solvers using recursion and generators: N-queens, sudoku backtracking, permutations, subsets

def queens(n):
    """Yield every solution as a tuple of column positions, one per row."""
    cols = []
    used_cols = set()
    diag1 = set()
    diag2 = set()
    def place(row):
        if row == n:
            yield tuple(cols)
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.append(c)
            used_cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            yield from place(row + 1)
            cols.pop()
            used_cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)
    yield from place(0)

def show_board(sol):
    n = len(sol)
    for c in sol:
        print("  " + " ".join("Q" if i == c else "." for i in range(n)))

for n in range(1, 9):
    sols = list(queens(n))
    print(f"{n}-queens: {len(sols)} solutions, first: {sols[0] if sols else None}")
first8 = next(queens(8))
show_board(first8)
print("solutions of 6-queens:", list(queens(6)))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

perms = list(permutations("abcd"))
print(len(perms), ["".join(p) for p in perms[:8]], "".join(perms[-1]))
print(sum(1 for _ in permutations(list(range(7)))))
subs = sorted(subsets([1, 2, 3, 4]), key=lambda s: (len(s), s))
print(len(subs), subs)
target = 15
nums = [8, 6, 7, 5, 3, 10, 9]
print("subsets summing to", target, sorted(sorted(s) for s in subsets(nums) if sum(s) == target))

def solve_sudoku(grid):
    """grid is a list of 81 ints (0 = empty). Returns number of guesses made."""
    guesses = [0]
    def candidates(pos):
        r, c = divmod(pos, 9)
        used = set()
        for i in range(9):
            used.add(grid[r * 9 + i])
            used.add(grid[i * 9 + c])
        br, bc = 3 * (r // 3), 3 * (c // 3)
        for i in range(3):
            for j in range(3):
                used.add(grid[(br + i) * 9 + bc + j])
        return [d for d in range(1, 10) if d not in used]
    def search():
        best = None
        best_cands = None
        for pos in range(81):
            if grid[pos] == 0:
                cands = candidates(pos)
                if best is None or len(cands) < len(best_cands):
                    best, best_cands = pos, cands
                    if len(cands) <= 1:
                        break
        if best is None:
            return True
        for d in best_cands:
            guesses[0] += 1
            grid[best] = d
            if search():
                return True
        grid[best] = 0
        return False
    ok = search()
    return ok, guesses[0]

def parse(s):
    return [0 if ch in ".0" else int(ch) for ch in s if ch in ".0123456789"]

def print_grid(grid):
    for r in range(9):
        row = ""
        for c in range(9):
            row += str(grid[r * 9 + c] or ".")
            if c in (2, 5):
                row += "|"
        print("  " + row)
        if r in (2, 5):
            print("  ---+---+---")

def valid(grid):
    groups = []
    for i in range(9):
        groups.append([grid[i * 9 + j] for j in range(9)])
        groups.append([grid[j * 9 + i] for j in range(9)])
        br, bc = 3 * (i // 3), 3 * (i % 3)
        groups.append([grid[(br + a) * 9 + bc + b] for a in range(3) for b in range(3)])
    return all(sorted(g) == list(range(1, 10)) for g in groups)

PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..",
]
for i, p in enumerate(PUZZLES):
    g = parse(p)
    print(f"puzzle {i + 1}: {sum(1 for v in g if v)} givens")
    ok, guesses = solve_sudoku(g)
    print(f"solved={ok} valid={valid(g)} guesses={guesses}")
    print_grid(g)
bad = parse(PUZZLES[0])
bad[2] = 5
ok, guesses = solve_sudoku(bad)
print("contradictory puzzle solved:", ok, "guesses:", guesses)

def knights_tour(n, start=(0, 0)):
    board = [[0] * n for _ in range(n)]
    moves = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
    def degree(r, c):
        return sum(1 for dr, dc in moves if 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0)
    r, c = start
    board[r][c] = 1
    for step in range(2, n * n + 1):
        options = [(degree(r + dr, c + dc), r + dr, c + dc) for dr, dc in moves
                   if 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0]
        if not options:
            return None
        _, r, c = min(options)
        board[r][c] = step
    return board

tour = knights_tour(6)
for row in tour:
    print("  " + " ".join(f"{v:2d}" for v in row))
