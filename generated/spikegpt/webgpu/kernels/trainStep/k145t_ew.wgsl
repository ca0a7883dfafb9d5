// kernel k145t_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(1) var<storage, read> t1303: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1312: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(4) var<storage, read> t1308: array<f32>;
@group(0) @binding(5) var<storage, read> t1005: array<f32>;
@group(0) @binding(6) var<storage, read> t1004: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1318: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1305: f32 = p_optim_v_blocks_0_ffn_mix_k[i];
    let v1309: f32 = l1305 * 0.95f;
    let x1303: f32 = t1303[i];
    let v1310: f32 = x1303 * x1303;
    let v1311: f32 = v1310 * 0.05f;
    let v1312: f32 = v1309 + v1311;
    t1312[i] = v1312;
    let l16: f32 = p_blocks_0_ffn_mix_k[i];
    let x1308: f32 = t1308[i];
    let v1313: f32 = sqrt(v1312);
    let l1057: f32 = t1005[0i];
    let v1314: f32 = v1313 / l1057;
    let v1315: f32 = v1314 + 1e-8f;
    let v1316: f32 = x1308 / v1315;
    let l1063: f32 = t1004[0i];
    let v1317: f32 = v1316 * l1063;
    let v1318: f32 = l16 - v1317;
    t1318[i] = v1318;
  }
}
