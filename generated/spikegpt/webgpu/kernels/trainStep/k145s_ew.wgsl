// kernel k145s_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1301: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1302: array<f32>;
@group(0) @binding(3) var<storage, read> t800: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1303: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1308: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l15: f32 = p_blocks_0_ln2_b[i];
    let x1301: f32 = t1301[i];
    let v1302: f32 = l15 - x1301;
    t1302[i] = v1302;
    let l800: f32 = t800[i];
    let l1040: f32 = t995[0i];
    let v1303: f32 = l800 * l1040;
    t1303[i] = v1303;
    let l1304: f32 = p_optim_m_blocks_0_ffn_mix_k[i];
    let v1306: f32 = l1304 * 0.9f;
    let v1307: f32 = v1303 * 0.1f;
    let v1308: f32 = v1306 + v1307;
    t1308[i] = v1308;
  }
}
