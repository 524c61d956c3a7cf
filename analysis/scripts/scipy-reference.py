"""Reference values for analysis/src/statistics.test.ts, computed once (SciPy 1.17.1, Python 3)
and pasted into the tests with the call that produced each. The tests never run this script.
Run: python3 analysis/scripts/scipy-reference.py
"""
import scipy, json
from scipy.stats import fisher_exact, binomtest
from math import sqrt
from scipy.special import ndtri
print("scipy", scipy.__version__)
fisher = [[[1,9],[8,2]], [[3,12],[20,25]], [[0,10],[10,0]], [[0,5],[0,7]], [[5,0],[5,0]], [[0,10],[3,7]],
          [[10,0],[7,3]], [[1,0],[0,1]], [[2,7],[8,2]], [[12,8],[150,250]], [[5,5],[5,5]], [[7,3],[3,7]],
          [[17,3],[1200,800]], [[1,19],[60,140]], [[25,5],[2000,1500]], [[0,20],[50,950]], [[0,0],[4,6]], [[1,0],[0,0]]]
for t in fisher:
    print("fisher", t, repr(float(fisher_exact(t).pvalue)))
binom = [(3,30,0.1),(0,10,0.03),(10,10,0.91),(1,1,0.5),(0,1,0.17),(5,20,0.03),(12,20,0.91),(26,100,0.03),
         (2,40,0.025),(7,19,0.17),(18,20,0.91),(3,10,0.3),(9,60,0.09),(1,25,0.04),(1,1,0.91),(40,50,0.91),(200,1000,0.1),(0,30,0.17),(30,30,0.5),(9,20,0.17),(4,10,0.09),(0,50,0.1),(20,20,0.75)]
for k,n,p in binom:
    print("binom", (k,n,p), repr(float(binomtest(k,n,p).pvalue)))
z = ndtri(0.975); print("z", repr(float(z)))
wil = [(0,10),(10,10),(1,1),(0,1),(3,30),(7,19),(15,20),(50,100),(1,2),(96,97),(12,13),(5,250),(17,20)]
for k,n in wil:
    ci = binomtest(k,n).proportion_ci(confidence_level=0.95, method='wilson')
    p=k/n
    c=(p+z*z/(2*n))/(1+z*z/n); h=z/(1+z*z/n)*sqrt(p*(1-p)/n+z*z/(4*n*n))
    print("wilson", (k,n), repr(float(ci.low)), repr(float(ci.high)), "closed", repr(c-h), repr(c+h))
