// kernel k234i_reduce
@group(0) @binding(0) var<storage, read> t998: array<f32>;
@group(0) @binding(1) var<storage, read> t1000: array<f32>;
@group(0) @binding(2) var<storage, read> t1004: array<f32>;
@group(0) @binding(3) var<storage, read> t1008: array<f32>;
@group(0) @binding(4) var<storage, read> t1012: array<f32>;
@group(0) @binding(5) var<storage, read> t1016: array<f32>;
@group(0) @binding(6) var<storage, read> t1020: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1022: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k234i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x998: f32 = t998[0i];
    let l1001: f32 = t1000[0i];
    let v1002: f32 = x998 + l1001;
    let l1005: f32 = t1004[0i];
    let v1006: f32 = v1002 + l1005;
    let l1009: f32 = t1008[0i];
    let v1010: f32 = v1006 + l1009;
    let l1013: f32 = t1012[0i];
    let v1014: f32 = v1010 + l1013;
    let l1017: f32 = t1016[0i];
    let v1018: f32 = v1014 + l1017;
    let l1021: f32 = t1020[0i];
    let v1022: f32 = v1018 + l1021;
    t1022[0i] = v1022;
  }
}
