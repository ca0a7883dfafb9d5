// kernel k114ad_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_attn_wv_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t1256: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1265: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wv_alpha: array<f32>;
@group(0) @binding(4) var<storage, read> t1261: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1271: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114ad_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1258: f32 = p_optim_v_blocks_1_attn_wv_alpha[i];
    let v1262: f32 = l1258 * 0.95f;
    let x1256: f32 = t1256[i];
    let v1263: f32 = x1256 * x1256;
    let v1264: f32 = v1263 * 0.05f;
    let v1265: f32 = v1262 + v1264;
    t1265[i] = v1265;
    let l30: f32 = p_blocks_1_attn_wv_alpha[i];
    let x1261: f32 = t1261[i];
    let v1266: f32 = sqrt(v1265);
    let l789: f32 = t711[0i];
    let v1267: f32 = v1266 / l789;
    let v1268: f32 = v1267 + 1e-8f;
    let v1269: f32 = x1261 / v1268;
    let l795: f32 = t710[0i];
    let v1270: f32 = v1269 * l795;
    let v1271: f32 = l30 - v1270;
    t1271[i] = v1271;
  }
}
