// kernel k154b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_kv_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t949: array<f32>;
@group(0) @binding(2) var<storage, read> t765: array<f32>;
@group(0) @binding(3) var<storage, read_write> t952: array<f32>;
@group(0) @binding(4) var<storage, read> t388: array<f32>;
@group(0) @binding(5) var<storage, read> t756: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1173: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k154b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l6: f32 = p_layers_0_attn_kv_norm_g[i];
    let x949: f32 = t949[i];
    let l950: f32 = t765[0i];
    let v951: f32 = x949 * l950;
    let v952: f32 = l6 - v951;
    t952[i] = v952;
    let l389: f32 = t388[i];
    let l929: f32 = t756[0i];
    let v1173: f32 = l389 * l929;
    t1173[i] = v1173;
  }
}
