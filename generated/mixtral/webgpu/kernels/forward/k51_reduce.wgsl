// kernel k51_reduce (dsl-examples/mixtral.loom:18:12)
@group(0) @binding(0) var<storage, read> t196: array<f32>;
@group(0) @binding(1) var<storage, read> t237: array<f32>;
@group(0) @binding(2) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t249: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k51_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l196: f32 = t196[row * 64i + col];
    let l238: f32 = t237[row * 64i + col];
    let v239: f32 = l196 + l238;
    let v240: f32 = v239 * v239;
    acc0_0 += v240;
  }
  partial0[lid] = acc0_0;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l196_1: f32 = t196[row * 64i + col_1];
    let l238_1: f32 = t237[row * 64i + col_1];
    let v239_1: f32 = l196_1 + l238_1;
    let v242: f32 = r0_0 * 0.015625f;
    let v243: f32 = v242 + 0.00001f;
    let v244: f32 = inverseSqrt(v243);
    let v246: f32 = v239_1 * v244;
    let l248: f32 = p_norm_g[col_1];
    let v249: f32 = v246 * l248;
    t249[row * 64i + col_1] = v249;
  }
}
