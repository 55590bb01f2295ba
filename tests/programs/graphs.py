# program: graph algorithms: BFS, DFS, Dijkstra with a hand-written binary heap, topological sort, components, MST

class MinHeap:
    def __init__(self):
        self.data = []
    def __len__(self):
        return len(self.data)
    def push(self, item):
        a = self.data
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break
    def pop(self):
        a = self.data
        last = a.pop()
        if not a:
            return last
        top = a[0]
        a[0] = last
        i = 0
        n = len(a)
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            m = i
            if l < n and a[l] < a[m]:
                m = l
            if r < n and a[r] < a[m]:
                m = r
            if m == i:
                break
            a[i], a[m] = a[m], a[i]
            i = m
        return top

class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed
    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, []).append((v, w))
        self.adj.setdefault(v, [])
        if not self.directed:
            self.adj[v].append((u, w))
    def nodes(self):
        return sorted(self.adj)
    def bfs(self, start):
        dist = {start: 0}
        order = [start]
        queue = [start]
        head = 0
        while head < len(queue):
            u = queue[head]
            head += 1
            for v, _ in sorted(self.adj[u]):
                if v not in dist:
                    dist[v] = dist[u] + 1
                    order.append(v)
                    queue.append(v)
        return order, dist
    def dfs(self, start):
        seen = set()
        order = []
        def visit(u):
            seen.add(u)
            order.append(u)
            for v, _ in sorted(self.adj[u]):
                if v not in seen:
                    visit(v)
        visit(start)
        return order
    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        heap = MinHeap()
        heap.push((0, src))
        done = set()
        while heap:
            d, u = heap.pop()
            if u in done:
                continue
            done.add(u)
            for v, w in self.adj[u]:
                nd = d + w
                if v not in dist or nd < dist[v]:
                    dist[v] = nd
                    prev[v] = u
                    heap.push((nd, v))
        return dist, prev
    def components(self):
        seen = set()
        comps = []
        for n in self.nodes():
            if n not in seen:
                comp = []
                stack = [n]
                seen.add(n)
                while stack:
                    u = stack.pop()
                    comp.append(u)
                    for v, _ in self.adj[u]:
                        if v not in seen:
                            seen.add(v)
                            stack.append(v)
                comps.append(sorted(comp))
        return comps
    def topo_sort(self):
        indeg = {n: 0 for n in self.adj}
        for u in self.adj:
            for v, _ in self.adj[u]:
                indeg[v] += 1
        heap = MinHeap()
        for n in self.nodes():
            if indeg[n] == 0:
                heap.push(n)
        out = []
        while heap:
            u = heap.pop()
            out.append(u)
            for v, _ in self.adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    heap.push(v)
        if len(out) != len(self.adj):
            raise ValueError(f"cycle detected among {sorted(n for n in indeg if indeg[n] > 0)}")
        return out
    def mst_weight(self):
        start = self.nodes()[0]
        in_tree = {start}
        heap = MinHeap()
        for v, w in self.adj[start]:
            heap.push((w, start, v))
        total = 0
        edges = []
        while heap and len(in_tree) < len(self.adj):
            w, u, v = heap.pop()
            if v in in_tree:
                continue
            in_tree.add(v)
            total += w
            edges.append((u, v, w))
            for x, wx in self.adj[v]:
                if x not in in_tree:
                    heap.push((wx, v, x))
        return total, edges

def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]

h = MinHeap()
for x in [5, 3, 9, 1, 7, 3, 8, 2, 6, 0, 4]:
    h.push(x)
print("heap sort:", [h.pop() for _ in range(len(h))])

g = Graph()
edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 9), ("G", "H", 1), ("F", "I", 2)]
for u, v, w in edges:
    g.add_edge(u, v, w)
print("nodes:", g.nodes())
order, dist = g.bfs("A")
print("BFS order:", order)
print("BFS hops:", dict(sorted(dist.items())))
print("DFS order:", g.dfs("A"))
d, prev = g.dijkstra("A")
for n in g.nodes():
    if n in d:
        print(f"  shortest A->{n}: {d[n]:3d} via {'-'.join(path_to(prev, n))}")
    else:
        print(f"  shortest A->{n}: unreachable")
print("components:", g.components())
print("MST from first component:", g.mst_weight())

dag = Graph(directed=True)
deps = [("shirt", "tie"), ("tie", "jacket"), ("trousers", "shoes"), ("trousers", "belt"),
        ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "trousers"),
        ("undershorts", "shoes")]
for a, b in deps:
    dag.add_edge(a, b)
dag.add_edge("watch", "watch_strap")
print("topological order:", dag.topo_sort())
dag.add_edge("jacket", "shirt")
try:
    dag.topo_sort()
except ValueError as e:
    print("ValueError:", e)

grid_text = [
    "S...#......",
    ".##.#.####.",
    ".#..#....#.",
    ".#.####.##.",
    ".#......#..",
    ".######.#.#",
    "........#.E",
]
maze = Graph()
H, W = len(grid_text), len(grid_text[0])
for r in range(H):
    for c in range(W):
        if grid_text[r][c] == "#":
            continue
        for dr, dc in ((0, 1), (1, 0)):
            rr, cc = r + dr, c + dc
            if rr < H and cc < W and grid_text[rr][cc] != "#":
                maze.add_edge((r, c), (rr, cc))
start, end = (0, 0), (H - 1, W - 1)
md, mprev = maze.dijkstra(start)
print("maze shortest path length:", md.get(end))
path = set(path_to(mprev, end))
for r in range(H):
    print("  " + "".join("*" if (r, c) in path and grid_text[r][c] == "." else grid_text[r][c] for c in range(W)))
order, hops = maze.bfs(start)
print("cells reachable:", len(order), "max hops:", max(hops.values()), "BFS agrees:", hops[end] == md[end])

big = Graph()
seed = 12345
for i in range(200):
    seed = (seed * 1103515245 + 12345) % 2147483648
    u = seed % 60
    seed = (seed * 1103515245 + 12345) % 2147483648
    v = seed % 60
    seed = (seed * 1103515245 + 12345) % 2147483648
    if u != v:
        big.add_edge(u, v, 1 + seed % 20)
bd, _ = big.dijkstra(0)
print("random graph:", len(big.nodes()), "nodes,", len(big.components()), "components")
print("dist sum:", sum(bd.values()), "farthest:", max(bd.items(), key=lambda kv: (kv[1], -kv[0])))
print("MST weight:", big.mst_weight()[0])

names = [n for n in g.nodes() if n not in ("G", "H")]
INF = float("inf")
fw = {u: {v: (0 if u == v else INF) for v in names} for u in names}
for u in names:
    for v, w in g.adj[u]:
        fw[u][v] = min(fw[u][v], w)
for k in names:
    for i in names:
        for j in names:
            if fw[i][k] + fw[k][j] < fw[i][j]:
                fw[i][j] = fw[i][k] + fw[k][j]
print("all-pairs shortest paths (Floyd-Warshall):")
print("     " + "".join(f"{n:>4}" for n in names))
agree = True
for u in names:
    du, _ = g.dijkstra(u)
    print(f"  {u}  " + "".join(f"{fw[u][v]:>4}" for v in names))
    agree = agree and all(du[v] == fw[u][v] for v in names)
print("Dijkstra agrees with Floyd-Warshall:", agree)
for u in names:
    order, hops = g.bfs(u)
    ecc = max(hops.values())
    print(f"  from {u}: bfs={''.join(order)} dfs={''.join(g.dfs(u))} eccentricity={ecc}")
degree = sorted(((len(g.adj[n]), n) for n in g.nodes()), reverse=True)
print("degrees:", degree)
total, mst_edges = big.mst_weight()
print("first MST edges of random graph:")
for u, v, w in mst_edges[:6]:
    print(f"  {u:2d} -- {v:2d}  weight {w}")
