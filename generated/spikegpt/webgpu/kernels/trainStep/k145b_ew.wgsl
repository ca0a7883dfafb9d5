// kernel k145b_ew
@group(0) @binding(0) var<storage, read> p_ln0_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1061: array<f32>;
@group(0) @binding(2) var<storage, read> t1004: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1065: array<f32>;
@group(0) @binding(4) var<storage, read> t769: array<f32>;
@group(0) @binding(5) var<storage, read> t995: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1066: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_ln0_g[i];
    let x1061: f32 = t1061[i];
    let l1063: f32 = t1004[0i];
    let v1064: f32 = x1061 * l1063;
    let v1065: f32 = l1 - v1064;
    t1065[i] = v1065;
    let l770: f32 = t769[i];
    let l1040: f32 = t995[0i];
    let v1066: f32 = l770 * l1040;
    t1066[i] = v1066;
  }
}
