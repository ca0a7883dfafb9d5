// kernel k59_ew (compiler/std/moe.loom:79:51)
@group(0) @binding(0) var<storage, read> p_layers_1_moe_router_bias: array<f32>;
@group(0) @binding(1) var<storage, read> t332: array<f32>;
@group(0) @binding(2) var<storage, read> t308: array<f32>;
@group(0) @binding(3) var<storage, read_write> t338: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k59_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 8i) {
    let l22: f32 = p_layers_1_moe_router_bias[i];
    let l334: f32 = t332[0i];
    let l309: f32 = t308[i];
    let v335: f32 = l334 - l309;
    let v336: f32 = select(select(0.0f, -1.0f, v335 < 0.0f), 1.0f, v335 > 0.0f);
    let v337: f32 = 0.01f * v336;
    let v338: f32 = l22 + v337;
    t338[i] = v338;
  }
}
