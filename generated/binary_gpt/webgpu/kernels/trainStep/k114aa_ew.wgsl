// kernel k114aa_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wk_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t1220: array<f32>;
@group(0) @binding(2) var<storage, read> t710: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1222: array<f32>;
@group(0) @binding(4) var<storage, read> t358: array<f32>;
@group(0) @binding(5) var<storage, read> t701: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1223: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114aa_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l27: f32 = p_blocks_1_attn_wk_alpha[i];
    let x1220: f32 = t1220[i];
    let l795: f32 = t710[0i];
    let v1221: f32 = x1220 * l795;
    let v1222: f32 = l27 - v1221;
    t1222[i] = v1222;
    let l359: f32 = t358[i];
    let l772: f32 = t701[0i];
    let v1223: f32 = l359 * l772;
    t1223[i] = v1223;
  }
}
