Console.WriteLine("The benchmarks are being written.");
