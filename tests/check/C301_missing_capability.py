# expect: C301 5:5; C301 6:5; C301 7:5; C301 7:5
# No manifest beside this file: zero authority. open() needs fs.read, or
# fs.write when its mode writes; a mode known only at run time needs both.
import sys
f = open(sys.argv[0])
g = open(sys.argv[0], "a")
h = open(sys.argv[0], sys.argv[1])
