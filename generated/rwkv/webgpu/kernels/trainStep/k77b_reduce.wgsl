// kernel k77b_reduce
@group(0) @binding(0) var<storage, read> t552: array<f32>;
@group(0) @binding(1) var<storage, read> t134: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t555: array<f32>;
@group(0) @binding(4) var<storage, read_write> t557: array<f32>;
@group(0) @binding(5) var<storage, read_write> t785: array<f32>;
@group(0) @binding(6) var<storage, read> t553: array<f32>;
@group(0) @binding(7) var<storage, read_write> t789: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k77b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let x552: f32 = t552[row + col * 64i];
    let l134: f32 = t134[row + col * 64i];
    let v556: f32 = x552 * l134;
    let l136: f32 = p_blocks_0_ln2_g[row];
    let v555: f32 = x552 * l136;
    t555[row + col * 64i] = v555;
    acc0_0 += v556;
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
    t557[row] = r0_0;
    let v785: f32 = r0_0 * r0_0;
    t785[row] = v785;
    let x553: f32 = t553[row];
    let v789: f32 = x553 * x553;
    t789[row] = v789;
  }
}
