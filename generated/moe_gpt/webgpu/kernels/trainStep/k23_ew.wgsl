// kernel k23_ew (compiler/std/moe.loom:79:51)
@group(0) @binding(0) var<storage, read> p_layers_0_moe_router_bias: array<f32>;
@group(0) @binding(1) var<storage, read> t181: array<f32>;
@group(0) @binding(2) var<storage, read> t150: array<f32>;
@group(0) @binding(3) var<storage, read_write> t188: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 8i) {
    let l8: f32 = p_layers_0_moe_router_bias[i];
    let l183: f32 = t181[0i];
    let l151: f32 = t150[i];
    let v184: f32 = l183 - l151;
    let v185: f32 = select(select(0.0f, -1.0f, v184 < 0.0f), 1.0f, v184 > 0.0f);
    let v187: f32 = 0.01f * v185;
    let v188: f32 = l8 + v187;
    t188[i] = v188;
  }
}
