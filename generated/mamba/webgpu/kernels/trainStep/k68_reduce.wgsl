// kernel k68_reduce
@group(0) @binding(0) var<storage, read> t281: array<f32>;
@group(0) @binding(1) var<storage, read> t287: array<f32>;
@group(0) @binding(2) var<storage, read> t293: array<f32>;
@group(0) @binding(3) var<storage, read> t301: array<f32>;
@group(0) @binding(4) var<storage, read_write> t443: array<f32>;
@group(0) @binding(5) var<storage, read_write> t519: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k68_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 512i; col += 256i) {
    let g: f32 = t281[select(0i, col / 4i, col % 4i + -3i >= 0i && col % 4i + -3i < 1i)];
    let l283: f32 = select(0.0f, g, col % 4i + -3i >= 0i && col % 4i + -3i < 1i);
    let g_1: f32 = t287[select(0i, col / 4i, col % 4i + -2i >= 0i && col % 4i + -2i < 1i)];
    let l289: f32 = select(0.0f, g_1, col % 4i + -2i >= 0i && col % 4i + -2i < 1i);
    let v441: f32 = l283 + l289;
    let g_2: f32 = t293[select(0i, col / 4i, col % 4i + -1i >= 0i && col % 4i + -1i < 1i)];
    let l295: f32 = select(0.0f, g_2, col % 4i + -1i >= 0i && col % 4i + -1i < 1i);
    let v442: f32 = v441 + l295;
    let g_3: f32 = t301[select(0i, col / 4i, col % 4i >= 0i && col % 4i < 1i)];
    let l303: f32 = select(0.0f, g_3, col % 4i >= 0i && col % 4i < 1i);
    let v443: f32 = v442 + l303;
    let v518: f32 = v443 * v443;
    t443[col] = v443;
    acc0_0 += v518;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    t519[0i] = r0_0;
  }
}
