#pragma once
// How many cores this process may run on: those its CPU affinity allows (taskset, a container's
// cpuset), not every core the machine has, so that work split "one thread per core" is not
// split across threads that would only take turns on one core.
namespace openras {

unsigned usable_cores();

}  // namespace openras
