// kernel k23_reduce (compiler/std/moe.loom:90:51)
@group(0) @binding(0) var<storage, read> t150: array<f32>;
@group(0) @binding(1) var<storage, read> t181: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_moe_router_bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> t188: array<f32>;
@group(0) @binding(4) var<storage, read_write> t195: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k23_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l151: f32 = t150[col];
    let l183: f32 = t181[0i];
    let v189: f32 = l151 - l183;
    let v190: f32 = v189 * v189;
    let l8: f32 = p_layers_0_moe_router_bias[col];
    let v184: f32 = l183 - l151;
    let v185: f32 = select(select(0.0f, -1.0f, v184 < 0.0f), 1.0f, v184 > 0.0f);
    let v187: f32 = 0.01f * v185;
    let v188: f32 = l8 + v187;
    t188[col] = v188;
    acc0_0 += v190;
  }
  partial0[lid] = acc0_0;
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
    let v193: f32 = r0_0 * 0.125f;
    let v194: f32 = sqrt(v193);
    let l181: f32 = t181[0i];
    let v195: f32 = v194 / l181;
    t195[0i] = v195;
  }
}
