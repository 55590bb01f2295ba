# program: discrete-event simulation of a bank with tellers, a customer queue and a deterministic LCG RNG

class LCG:
    """Linear congruential generator with the classic glibc-style constants."""
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF
    def next_int(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state
    def randint(self, lo, hi):
        return lo + self.next_int() % (hi - lo + 1)
    def random(self):
        return self.next_int() / 2147483648.0
    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]

class Customer:
    next_id = 1
    def __init__(self, arrival, service, kind):
        self.id = Customer.next_id
        Customer.next_id += 1
        self.arrival = arrival
        self.service = service
        self.kind = kind
        self.start = None
        self.end = None
    @property
    def wait(self):
        return self.start - self.arrival
    def __repr__(self):
        return f"C{self.id}({self.kind},{self.arrival}+{self.service})"

class Teller:
    def __init__(self, name, speed):
        self.name = name
        self.speed = speed
        self.current = None
        self.busy_until = 0
        self.served = 0
        self.busy_time = 0
    def free(self, now):
        return self.current is None or self.busy_until <= now
    def assign(self, customer, now):
        duration = max(1, (customer.service * 100 + self.speed - 1) // self.speed)
        customer.start = now
        customer.end = now + duration
        self.current = customer
        self.busy_until = customer.end
        self.busy_time += duration
        self.served += 1
        return duration

class Queue:
    def __init__(self):
        self.items = []
        self.head = 0
    def push(self, item):
        self.items.append(item)
    def pop(self):
        item = self.items[self.head]
        self.head += 1
        return item
    def __len__(self):
        return len(self.items) - self.head
    def __bool__(self):
        return len(self) > 0

class Bank:
    def __init__(self, seed, tellers):
        self.rng = LCG(seed)
        self.tellers = [Teller(n, s) for n, s in tellers]
        self.queue = Queue()
        self.done = []
        self.log = []
        self.max_queue = 0
    def arrivals(self, t):
        out = []
        if self.rng.random() < 0.2:
            kind = self.rng.choice(["deposit", "deposit", "withdraw", "loan", "inquiry"])
            base = {"deposit": 3, "withdraw": 4, "loan": 12, "inquiry": 2}[kind]
            out.append(Customer(t, base + self.rng.randint(0, 3), kind))
        return out
    def step(self, t):
        for teller in self.tellers:
            if teller.current is not None and teller.busy_until <= t:
                c = teller.current
                self.done.append(c)
                teller.current = None
                if len(self.log) < 40:
                    self.log.append(f"t={t:3d} {teller.name} finished {c!r} waited {c.wait}")
        for c in self.arrivals(t):
            self.queue.push(c)
        for teller in self.tellers:
            if teller.free(t) and self.queue:
                c = self.queue.pop()
                d = teller.assign(c, t)
                if len(self.log) < 40:
                    self.log.append(f"t={t:3d} {teller.name} takes {c!r} for {d}")
        self.max_queue = max(self.max_queue, len(self.queue))
    def run(self, duration):
        t = 0
        while t < duration or self.queue or any(not tl.free(t) for tl in self.tellers):
            self.step(t)
            t += 1
            if t > duration * 3:
                break
        return t

def report(bank, end_time):
    waits = [c.wait for c in bank.done]
    print(f"simulation ended at t={end_time}")
    print(f"customers served: {len(bank.done)}, max queue length: {bank.max_queue}")
    print(f"average wait: {sum(waits) / len(waits):.3f}, longest wait: {max(waits)}")
    kinds = {}
    for c in bank.done:
        kinds.setdefault(c.kind, []).append(c.wait)
    for k in sorted(kinds):
        w = kinds[k]
        print(f"  {k:<9} n={len(w):3d} avg wait={sum(w) / len(w):7.3f}")
    for tl in bank.tellers:
        util = tl.busy_time / end_time
        print(f"  teller {tl.name:<6} served {tl.served:3d} busy {tl.busy_time:4d} utilisation {util:.1%}")
    buckets = [0] * 6
    for w in waits:
        buckets[min(w // 5, 5)] += 1
    labels = ["0-4", "5-9", "10-14", "15-19", "20-24", "25+"]
    for label, n in zip(labels, buckets):
        print(f"  wait {label:>6}: {n:3d} {'#' * (n // 2)}")

rng = LCG(2024)
print("first LCG values:", [rng.next_int() for _ in range(5)])
print("randints:", [rng.randint(1, 6) for _ in range(20)])
print("randoms:", [round(rng.random(), 6) for _ in range(4)])

for seed, tellers in [(42, [("alice", 100), ("bob", 80)]), (7, [("carol", 150)]), (99, [("dan", 90), ("eve", 110), ("fay", 70)])]:
    Customer.next_id = 1
    bank = Bank(seed, tellers)
    end = bank.run(240)
    print("=" * 60)
    print(f"seed {seed} with tellers {[t[0] for t in tellers]}")
    for line in bank.log[:14]:
        print(line)
    report(bank, end)
    checksum = 0
    for c in bank.done:
        checksum = (checksum * 31 + c.id * 7 + c.start * 3 + c.end) % 1000000007
    print("checksum", checksum)

class Particle:
    def __init__(self, pid, x, y, vx, vy):
        self.pid, self.x, self.y, self.vx, self.vy = pid, x, y, vx, vy
        self.bounces = 0
    def move(self, w, h):
        self.x += self.vx
        self.y += self.vy
        if self.x < 0 or self.x >= w:
            self.vx = -self.vx
            self.x = max(0, min(w - 1, self.x))
            self.bounces += 1
        if self.y < 0 or self.y >= h:
            self.vy = -self.vy
            self.y = max(0, min(h - 1, self.y))
            self.bounces += 1

def particle_demo(seed, n, steps, w=40, h=12):
    rng = LCG(seed)
    ps = []
    for i in range(n):
        vx = rng.choice([-2, -1, 1, 2])
        vy = rng.choice([-1, 1])
        ps.append(Particle(i, rng.randint(0, w - 1), rng.randint(0, h - 1), vx, vy))
    collisions = 0
    for _ in range(steps):
        for p in ps:
            p.move(w, h)
        seen = {}
        for p in ps:
            key = (p.x, p.y)
            if key in seen:
                collisions += 1
                p.vx, p.vy = -p.vx, -p.vy
            else:
                seen[key] = p
    grid = [["." for _ in range(w)] for _ in range(h)]
    for p in ps:
        grid[p.y][p.x] = "o" if grid[p.y][p.x] == "." else "O"
    print(f"particles seed={seed} n={n} steps={steps} collisions={collisions}")
    for row in grid:
        print("  " + "".join(row))
    print("  bounces:", sorted(p.bounces for p in ps))
    cx = sum(p.x for p in ps) / n
    cy = sum(p.y for p in ps) / n
    print(f"  centre of mass: ({cx:.3f}, {cy:.3f})")

print("=" * 60)
particle_demo(5, 12, 50)
particle_demo(77, 25, 123)
