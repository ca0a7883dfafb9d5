// kernel k119u_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(1) var<storage, read> t705: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1230: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1234: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1238: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119u_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1226: f32 = p_optim_m_blocks_0_ffn_mix_r[i];
    let v1228: f32 = l1226 * 0.9f;
    let l705: f32 = t705[i];
    let l946: f32 = t901[0i];
    let v1225: f32 = l705 * l946;
    let v1229: f32 = v1225 * 0.1f;
    let v1230: f32 = v1228 + v1229;
    t1230[i] = v1230;
    let l1227: f32 = p_optim_v_blocks_0_ffn_mix_r[i];
    let v1231: f32 = l1227 * 0.95f;
    let v1232: f32 = v1225 * v1225;
    let v1233: f32 = v1232 * 0.05f;
    let v1234: f32 = v1231 + v1233;
    t1234[i] = v1234;
    let v1235: f32 = sqrt(v1234);
    let l963: f32 = t911[0i];
    let v1236: f32 = v1235 / l963;
    let v1237: f32 = v1236 + 1e-8f;
    let v1238: f32 = v1230 / v1237;
    t1238[i] = v1238;
  }
}
