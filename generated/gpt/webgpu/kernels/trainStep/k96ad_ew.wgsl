// kernel k96ad_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1246: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1255: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1251: array<f32>;
@group(0) @binding(5) var<storage, read> t650: array<f32>;
@group(0) @binding(6) var<storage, read> t649: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1261: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96ad_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1248: f32 = p_optim_v_blocks_1_mlp_proj_b[i];
    let v1252: f32 = l1248 * 0.95f;
    let x1246: f32 = t1246[i];
    let v1253: f32 = x1246 * x1246;
    let v1254: f32 = v1253 * 0.05f;
    let v1255: f32 = v1252 + v1254;
    t1255[i] = v1255;
    let l33: f32 = p_blocks_1_mlp_proj_b[i];
    let x1251: f32 = t1251[i];
    let v1256: f32 = sqrt(v1255);
    let l728: f32 = t650[0i];
    let v1257: f32 = v1256 / l728;
    let v1258: f32 = v1257 + 1e-8f;
    let v1259: f32 = x1251 / v1258;
    let l734: f32 = t649[0i];
    let v1260: f32 = v1259 * l734;
    let v1261: f32 = l33 - v1260;
    t1261[i] = v1261;
  }
}
