// kernel k154b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_kv_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t959: array<f32>;
@group(0) @binding(2) var<storage, read> t775: array<f32>;
@group(0) @binding(3) var<storage, read_write> t962: array<f32>;
@group(0) @binding(4) var<storage, read> t396: array<f32>;
@group(0) @binding(5) var<storage, read> t766: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1183: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k154b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l6: f32 = p_layers_0_attn_kv_norm_g[i];
    let x959: f32 = t959[i];
    let l960: f32 = t775[0i];
    let v961: f32 = x959 * l960;
    let v962: f32 = l6 - v961;
    t962[i] = v962;
    let l397: f32 = t396[i];
    let l939: f32 = t766[0i];
    let v1183: f32 = l397 * l939;
    t1183[i] = v1183;
  }
}
