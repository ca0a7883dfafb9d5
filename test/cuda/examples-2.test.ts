// Part 2 of 3 of every example as CUDA C++ (test/cuda/examples.ts says why in parts).
import { examplesPart } from './examples.ts';

examplesPart(1, 3);

