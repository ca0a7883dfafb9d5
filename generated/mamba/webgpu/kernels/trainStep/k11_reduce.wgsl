// kernel k11_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t92: array<f32>;
@group(0) @binding(1) var<storage, read_write> t99: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t102: array<f32>;
@group(0) @binding(4) var<storage, read_write> t97: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k11_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l92: f32 = t92[row * 64i + col];
    let v93: f32 = l92 * l92;
    acc0_0 += v93;
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
    let l92_1: f32 = t92[row * 64i + col_1];
    let v95: f32 = r0_0 * 0.015625f;
    let v96: f32 = v95 + 0.00001f;
    let v97: f32 = inverseSqrt(v96);
    let v99: f32 = l92_1 * v97;
    t99[row * 64i + col_1] = v99;
    let l101: f32 = p_layers_1_norm_g[col_1];
    let v102: f32 = v99 * l101;
    t102[row * 64i + col_1] = v102;
  }
  if (lid == 0i) {
    let v95_1: f32 = r0_0 * 0.015625f;
    let v96_1: f32 = v95_1 + 0.00001f;
    let v97_1: f32 = inverseSqrt(v96_1);
    t97[row] = v97_1;
  }
}
