// kernel k151b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_q_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t883: array<f32>;
@group(0) @binding(2) var<storage, read> t775: array<f32>;
@group(0) @binding(3) var<storage, read_write> t886: array<f32>;
@group(0) @binding(4) var<storage, read> t443: array<f32>;
@group(0) @binding(5) var<storage, read> t766: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1133: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k151b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l3: f32 = p_layers_0_attn_q_norm_g[i];
    let x883: f32 = t883[i];
    let l884: f32 = t775[0i];
    let v885: f32 = x883 * l884;
    let v886: f32 = l3 - v885;
    t886[i] = v886;
    let l444: f32 = t443[i];
    let l863: f32 = t766[0i];
    let v1133: f32 = l444 * l863;
    t1133[i] = v1133;
  }
}
