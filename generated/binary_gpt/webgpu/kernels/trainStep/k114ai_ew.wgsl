// kernel k114ai_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_attn_wo_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t1321: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1330: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wo_beta: array<f32>;
@group(0) @binding(4) var<storage, read> t1326: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1336: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114ai_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1323: f32 = p_optim_v_blocks_1_attn_wo_beta[i];
    let v1327: f32 = l1323 * 0.95f;
    let x1321: f32 = t1321[i];
    let v1328: f32 = x1321 * x1321;
    let v1329: f32 = v1328 * 0.05f;
    let v1330: f32 = v1327 + v1329;
    t1330[i] = v1330;
    let l34: f32 = p_blocks_1_attn_wo_beta[i];
    let x1326: f32 = t1326[i];
    let v1331: f32 = sqrt(v1330);
    let l789: f32 = t711[0i];
    let v1332: f32 = v1331 / l789;
    let v1333: f32 = v1332 + 1e-8f;
    let v1334: f32 = x1326 / v1333;
    let l795: f32 = t710[0i];
    let v1335: f32 = v1334 * l795;
    let v1336: f32 = l34 - v1335;
    t1336[i] = v1336;
  }
}
