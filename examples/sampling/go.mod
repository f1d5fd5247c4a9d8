module example.com/promptcensus/sampling

go 1.19
