package worker

import (
	"os/exec"
	"testing"
)

// TestExitReason: a child's crash report becomes one line saying why, as
// a person would sum it up; the samples are the heads of real reports.
func TestExitReason(t *testing.T) {
	tests := []struct {
		name, stderr, want string
	}{
		{"stack overflow", "runtime: goroutine stack exceeds 67108864-byte limit\nruntime: sp=0xc020160388 stack=[0xc020160000, 0xc040160000]\nfatal error: stack overflow\n\nruntime stack:\n",
			"stack overflow (a structure nested too deeply)"},
		{"heap over the limit", "fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw({0x9c2d1f?, 0x0?})\n",
			"out of memory (over the per-document limit)"},
		{"thread over the limit", "runtime/cgo: pthread_create failed: Resource temporarily unavailable\nSIGABRT: abort\nPC=0x7fadb7dffeec m=4 sigcode=18446744073709551610\n\ngoroutine 0 gp=0x2f205fb272c0 m=4 mp=0x2f205fb71808 [idle]:\n",
			"out of memory (over the per-document limit; no address space for a thread)"},
		{"panic on another goroutine", "panic: parser bug\n\ngoroutine 7 [running]:\nmain.misbehave.func1()\n",
			"panic: parser bug"},
		{"a program's own message", "dossier worker: protocol version 2, this worker speaks 1\n",
			"dossier worker: protocol version 2, this worker speaks 1"},
	}
	// A real exit status 2, as a crashed Go program has.
	err := exec.Command("sh", "-c", "exit 2").Run()
	ee, ok := err.(*exec.ExitError)
	if !ok {
		t.Fatalf("sh exit 2: %v", err)
	}
	for _, tt := range tests {
		if got := exitReason(ee.ProcessState, err, tt.stderr); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := exitReason(ee.ProcessState, err, ""); got != "exit status 2" {
		t.Errorf("no stderr: %q, want the exit status", got)
	}
}
