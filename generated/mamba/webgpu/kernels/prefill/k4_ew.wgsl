// kernel k4_ew (compiler/std/ssm.loom:11:8)
@group(0) @binding(0) var<storage, read> in_length: array<f32>;
@group(0) @binding(1) var<storage, read_write> t49: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k4_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 201i) {
    let l45: f32 = f32(i % 67i);
    let l44: f32 = in_length[0i];
    let l46: f32 = f32(i / 67i);
    let v47: f32 = l44 + l46;
    let v48: bool = l45 == v47;
    let v49: f32 = f32(v48);
    t49[i] = v49;
  }
}
