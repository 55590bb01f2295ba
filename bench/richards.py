# bench: a Richards-style operating-system task scheduler (class-heavy: objects, methods, linked lists)
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.link = None
        sched.add(self)

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        if self.waiting and self.queue is not None:
            pkt = self.queue
            self.queue = pkt.link
            pkt.link = None
            self.waiting = False
            return pkt
        return None

    def wait(self):
        self.waiting = True
        return self

    def hold_self(self):
        self.sched.hold_count += 1
        self.held = True
        return self.link

    def release(self, ident):
        t = self.sched.find(ident)
        t.held = False
        return t if t.priority > self.priority else self

    def send(self, pkt, dest):
        t = self.sched.find(dest)
        self.sched.queue_count += 1
        pkt.link = None
        pkt.ident = self.ident
        if t.queue is None:
            t.queue = pkt
            if t.priority > self.priority and t.waiting:
                return t
        else:
            t.queue = pkt.append_to(t.queue)
        return self

    def run(self, pkt):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, IDLE, 0, None)
        self.seed = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        super().__init__(sched, WORKER, 1000, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.a1 = 0
        for i in range(DATA_SIZE):
            self.letter = (self.letter + 1) % 26
            pkt.a2[i] = 65 + self.letter
        return self.send(pkt, self.dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        if self.work is not None:
            w = self.work
            if w.a1 >= DATA_SIZE:
                self.work = w.link
                return self.send(w, WORKER)
            if self.devices is not None:
                d = self.devices
                self.devices = d.link
                d.a1 = w.a2[w.a1]
                w.a1 += 1
                return self.send(d, DEVICE_A if self.ident == HANDLER_A else DEVICE_B)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None)
        self.waiting = True
        self.pending = None
        self.checksum = 0

    def run(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.wait()
            p = self.pending
            self.pending = None
            return self.send(p, p.ident)
        self.pending = pkt
        self.checksum = (self.checksum * 31 + pkt.a1) % 1000003
        return self.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.head = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task
        if self.head is None or task.priority > self.head.priority:
            task.link = self.head
            self.head = task
            return
        t = self.head
        while t.link is not None and t.link.priority >= task.priority:
            t = t.link
        task.link = t.link
        t.link = task

    def find(self, ident):
        return self.tasks[ident]

    def run(self):
        t = self.head
        steps = 0
        while t is not None:
            if t.runnable():
                steps += 1
                t = t.run(t.take_packet())
            else:
                t = t.link
        return steps


def one_run(count):
    s = Scheduler()
    IdleTask(s, count)
    work = None
    for _ in range(2):
        work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(s, work)
    for ident, dev, prio in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        q = None
        for _ in range(3):
            q = Packet(q, dev, KIND_DEVICE)
        HandlerTask(s, ident, prio, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    steps = s.run()
    chk = s.find(DEVICE_A).checksum * 7 + s.find(DEVICE_B).checksum
    return s.queue_count, s.hold_count, steps, chk


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    total = [0, 0, 0, 0]
    for i in range(iterations):
        r = one_run(1000 + i * 10)
        for k in range(4):
            total[k] += r[k]
    print("queue_count", total[0], "hold_count", total[1])
    print("steps", total[2], "checksum", total[3] % 1000000007)


main()
