import ResidencyModel
print("resmap-bench")
