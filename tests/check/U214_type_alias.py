# expect: U214 2:1
type Point = tuple
