// kernel k46_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t260: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(2) var<storage, read_write> t269: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k46_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l260: f32 = t260[col];
    let v261: f32 = l260 * l260;
    acc0_0 += v261;
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
    let l260_1: f32 = t260[col_1];
    let v263: f32 = r0_0 * 0.015625f;
    let v264: f32 = v263 + 0.00001f;
    let v265: f32 = inverseSqrt(v264);
    let v267: f32 = l260_1 * v265;
    let l268: f32 = p_layers_1_moe_norm_g[col_1];
    let v269: f32 = v267 * l268;
    t269[col_1] = v269;
  }
}
