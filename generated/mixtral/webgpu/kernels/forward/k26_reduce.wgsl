// kernel k26_reduce (dsl-examples/mixtral.loom:18:12)
@group(0) @binding(0) var<storage, read> t99: array<f32>;
@group(0) @binding(1) var<storage, read> t141: array<f32>;
@group(0) @binding(2) var<storage, read_write> t143: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t153: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k26_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l99: f32 = t99[row * 64i + col];
    let l142: f32 = t141[row * 64i + col];
    let v143: f32 = l99 + l142;
    let v144: f32 = v143 * v143;
    acc0_0 += v144;
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
    let l99_1: f32 = t99[row * 64i + col_1];
    let l142_1: f32 = t141[row * 64i + col_1];
    let v143_1: f32 = l99_1 + l142_1;
    t143[row * 64i + col_1] = v143_1;
    let v146: f32 = r0_0 * 0.015625f;
    let v147: f32 = v146 + 0.00001f;
    let v148: f32 = inverseSqrt(v147);
    let v150: f32 = v143_1 * v148;
    let l152: f32 = p_layers_1_attn_norm_g[col_1];
    let v153: f32 = v150 * l152;
    t153[row * 64i + col_1] = v153;
  }
}
