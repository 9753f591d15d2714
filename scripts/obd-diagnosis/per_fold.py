import numpy as np
from sklearn.datasets import load_svmlight_file
from sklearn.metrics import roc_auc_score
import sys
D=sys.argv[1].rstrip('/')+'/'
_,y=load_svmlight_file(D+'all.libsvm')
F=np.loadtxt(D+'folds.csv',delimiter=',',dtype=int)
cfgs=open(D+'ftrl_configs.txt').read().splitlines()
ftrl=[np.loadtxt(D+f'ftrl_{c}.csv',delimiter=',') for c in range(len(cfgs))]
sk=np.load(D+'sk.npy')[4]  # C=1
def sp():
    for r in range(2):
        for f in range(5):
            s=r*5+f; te=F[:,r]==f; yield s,te,F[:,2+s]
ch=[];ftest=[];sktest=[]
for s,te,inn in sp():
    inner=[np.mean([roc_auc_score(y[inn==k],M[inn==k,s]) for k in range(3)]) for M in ftrl]
    j=int(np.argmax(inner)); ch.append(j)
    ftest.append(roc_auc_score(y[te],ftrl[j][te,s])); sktest.append(roc_auc_score(y[te],sk[te,s]))
ftest=np.array(ftest); sktest=np.array(sktest)
print('chosen FTRL per fold', np.round(ftest,4), ftest.mean())
print('sklearn C=1 per fold', np.round(sktest,4), sktest.mean())
print('diff', np.round(ftest-sktest,4), 'FTRL higher in', (ftest>sktest).sum())
print('chosen cfg', ch)
