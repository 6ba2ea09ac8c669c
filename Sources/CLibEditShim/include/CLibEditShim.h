#ifndef CLIBEDITSHIM_H
#define CLIBEDITSHIM_H
// Placeholder; the LineEditor work fills this in.
#endif
