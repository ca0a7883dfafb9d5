// kernel k158g_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t984: array<f32>;
@group(0) @binding(2) var<storage, read> t817: array<f32>;
@group(0) @binding(3) var<storage, read_write> t986: array<f32>;
@group(0) @binding(4) var<storage, read> t586: array<f32>;
@group(0) @binding(5) var<storage, read> t808: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1004: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l7: f32 = p_blocks_0_attn_wk_b[i];
    let x984: f32 = t984[i];
    let l902: f32 = t817[0i];
    let v985: f32 = x984 * l902;
    let v986: f32 = l7 - v985;
    t986[i] = v986;
    let l587: f32 = t586[i];
    let l879: f32 = t808[0i];
    let v1004: f32 = l587 * l879;
    t1004[i] = v1004;
  }
}
