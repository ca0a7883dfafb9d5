// kernel k114ag_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wo_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t1305: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1310: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_attn_wo_alpha: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1314: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1319: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114ag_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1306: f32 = p_optim_m_blocks_1_attn_wo_alpha[i];
    let v1308: f32 = l1306 * 0.9f;
    let x1305: f32 = t1305[i];
    let v1309: f32 = x1305 * 0.1f;
    let v1310: f32 = v1308 + v1309;
    t1310[i] = v1310;
    let l1307: f32 = p_optim_v_blocks_1_attn_wo_alpha[i];
    let v1311: f32 = l1307 * 0.95f;
    let v1312: f32 = x1305 * x1305;
    let v1313: f32 = v1312 * 0.05f;
    let v1314: f32 = v1311 + v1313;
    t1314[i] = v1314;
    let v1315: f32 = sqrt(v1314);
    let l789: f32 = t711[0i];
    let v1316: f32 = v1315 / l789;
    let v1317: f32 = v1316 + 1e-8f;
    let v1318: f32 = v1310 / v1317;
    let l795: f32 = t710[0i];
    let v1319: f32 = v1318 * l795;
    t1319[i] = v1319;
  }
}
