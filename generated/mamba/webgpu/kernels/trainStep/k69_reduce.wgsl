// kernel k69_reduce
@group(0) @binding(0) var<storage, read> t391: array<f32>;
@group(0) @binding(1) var<storage, read> t397: array<f32>;
@group(0) @binding(2) var<storage, read> t403: array<f32>;
@group(0) @binding(3) var<storage, read> t411: array<f32>;
@group(0) @binding(4) var<storage, read_write> t446: array<f32>;
@group(0) @binding(5) var<storage, read_write> t479: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k69_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 512i; col += 256i) {
    let g: f32 = t391[select(0i, col / 4i, col % 4i + -3i >= 0i && col % 4i + -3i < 1i)];
    let l393: f32 = select(0.0f, g, col % 4i + -3i >= 0i && col % 4i + -3i < 1i);
    let g_1: f32 = t397[select(0i, col / 4i, col % 4i + -2i >= 0i && col % 4i + -2i < 1i)];
    let l399: f32 = select(0.0f, g_1, col % 4i + -2i >= 0i && col % 4i + -2i < 1i);
    let v444: f32 = l393 + l399;
    let g_2: f32 = t403[select(0i, col / 4i, col % 4i + -1i >= 0i && col % 4i + -1i < 1i)];
    let l405: f32 = select(0.0f, g_2, col % 4i + -1i >= 0i && col % 4i + -1i < 1i);
    let v445: f32 = v444 + l405;
    let g_3: f32 = t411[select(0i, col / 4i, col % 4i >= 0i && col % 4i < 1i)];
    let l413: f32 = select(0.0f, g_3, col % 4i >= 0i && col % 4i < 1i);
    let v446: f32 = v445 + l413;
    let v478: f32 = v446 * v446;
    t446[col] = v446;
    acc0_0 += v478;
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
    t479[0i] = r0_0;
  }
}
