// kernel k123o_ew
@group(0) @binding(0) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1274: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1283: array<f32>;
@group(0) @binding(3) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1279: array<f32>;
@group(0) @binding(5) var<storage, read> t676: array<f32>;
@group(0) @binding(6) var<storage, read> t675: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1289: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1276: f32 = p_optim_v_norm_g[i];
    let v1280: f32 = l1276 * 0.95f;
    let x1274: f32 = t1274[i];
    let v1281: f32 = x1274 * x1274;
    let v1282: f32 = v1281 * 0.05f;
    let v1283: f32 = v1280 + v1282;
    t1283[i] = v1283;
    let l31: f32 = p_norm_g[i];
    let x1279: f32 = t1279[i];
    let v1284: f32 = sqrt(v1283);
    let l728: f32 = t676[0i];
    let v1285: f32 = v1284 / l728;
    let v1286: f32 = v1285 + 1e-8f;
    let v1287: f32 = x1279 / v1286;
    let l734: f32 = t675[0i];
    let v1288: f32 = v1287 * l734;
    let v1289: f32 = l31 - v1288;
    t1289[i] = v1289;
  }
}
