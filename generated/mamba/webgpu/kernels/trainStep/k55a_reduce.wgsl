// kernel k55a_reduce
@group(0) @binding(0) var<storage, read> t351: array<f32>;
@group(0) @binding(1) var<storage, read> t75: array<f32>;
@group(0) @binding(2) var<storage, read_write> t372: array<f32>;
@group(0) @binding(3) var<storage, read_write> t373: array<f32>;
@group(0) @binding(4) var<storage, read_write> t494: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k55a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l364: f32 = t351[131072i + row + col / 64i * 128i + col % 64i * 2048i];
    let l75: f32 = t75[row + col * 128i];
    let v371: f32 = 1.0f / (1.0f + exp(min(-l75, 88.0f)));
    let v372: f32 = l364 * v371;
    t372[row + col * 128i] = v372;
    acc0_0 += v372;
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
    t373[row] = r0_0;
    let v494: f32 = r0_0 * r0_0;
    t494[row] = v494;
  }
}
