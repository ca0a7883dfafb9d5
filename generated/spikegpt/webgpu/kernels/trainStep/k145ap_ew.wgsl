// kernel k145ap_ew
@group(0) @binding(0) var<storage, read> p_ln_out_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1703: array<f32>;
@group(0) @binding(2) var<storage, read> t1004: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1705: array<f32>;
@group(0) @binding(4) var<storage, read> t355: array<f32>;
@group(0) @binding(5) var<storage, read> t995: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1706: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145ap_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l39: f32 = p_ln_out_g[i];
    let x1703: f32 = t1703[i];
    let l1063: f32 = t1004[0i];
    let v1704: f32 = x1703 * l1063;
    let v1705: f32 = l39 - v1704;
    t1705[i] = v1705;
    let l356: f32 = t355[i];
    let l1040: f32 = t995[0i];
    let v1706: f32 = l356 * l1040;
    t1706[i] = v1706;
  }
}
