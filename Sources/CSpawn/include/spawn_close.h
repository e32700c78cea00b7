#ifndef FRONTIER_SPAWN_CLOSE_H
#define FRONTIER_SPAWN_CLOSE_H

#include <spawn.h>

/// Adds "close every descriptor from `lowest` up" to a posix_spawn file-action list
/// (glibc's posix_spawn_file_actions_addclosefrom_np, which Swift's Glibc module does not
/// declare). Returns 0 or an errno value.
int frontier_spawn_close_from(posix_spawn_file_actions_t *actions, int lowest);

#endif
