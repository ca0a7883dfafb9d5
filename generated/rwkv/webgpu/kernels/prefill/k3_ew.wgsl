// kernel k3_ew (compiler/std/ssm.loom:20:32)
@group(0) @binding(0) var<storage, read> in_length: array<f32>;
@group(0) @binding(1) var<storage, read_write> t88: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k3_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 65i) {
    let l86: f32 = f32(i);
    let l85: f32 = in_length[0i];
    let v87: bool = l86 == l85;
    let v88: f32 = f32(v87);
    t88[i] = v88;
  }
}
