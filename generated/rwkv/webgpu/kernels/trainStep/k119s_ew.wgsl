// kernel k119s_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1207: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1208: array<f32>;
@group(0) @binding(3) var<storage, read> t706: array<f32>;
@group(0) @binding(4) var<storage, read> t901: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1209: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1214: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l15: f32 = p_blocks_0_ln2_b[i];
    let x1207: f32 = t1207[i];
    let v1208: f32 = l15 - x1207;
    t1208[i] = v1208;
    let l706: f32 = t706[i];
    let l946: f32 = t901[0i];
    let v1209: f32 = l706 * l946;
    t1209[i] = v1209;
    let l1210: f32 = p_optim_m_blocks_0_ffn_mix_k[i];
    let v1212: f32 = l1210 * 0.9f;
    let v1213: f32 = v1209 * 0.1f;
    let v1214: f32 = v1212 + v1213;
    t1214[i] = v1214;
  }
}
