// Part 3 of 3 of every example as CUDA C++ (test/cuda/examples.ts says why in parts).
import { examplesPart, mambaSanitized } from './examples.ts';

examplesPart(2, 3);
mambaSanitized();
